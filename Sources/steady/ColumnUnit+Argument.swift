import ArgumentParser
import JournalLint

/// `--column-unit byte|char`.
extension ColumnUnit: ExpressibleByArgument {}
