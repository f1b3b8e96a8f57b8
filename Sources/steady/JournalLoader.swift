import JournalFiles
import JournalModel

/// Reads one journal source and builds its model; read errors come back as values so a bad file
/// does not stop the others.
struct JournalLoader: Sendable {
    let reader = JournalFileReader()

    enum Loaded: Sendable {
        case journal(Journal, bytes: [UInt8])
        case failed(JournalFileError)
    }

    func load(_ source: JournalSource, displayPath: String) -> Loaded {
        do {
            let contents = try reader.read(source)
            return .journal(JournalBuilder.build(bytes: contents.bytes, path: displayPath), bytes: contents.bytes)
        } catch {
            return .failed(error)
        }
    }
}
