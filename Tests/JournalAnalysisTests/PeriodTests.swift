import Testing
@testable import JournalAnalysis
