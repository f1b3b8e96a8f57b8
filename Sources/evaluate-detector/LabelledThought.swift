import Foundation

/// One row of a labelled JSONL file: the text and the annotators' votes per pattern.
struct LabelledThought {
    let text: String
    let catastrophizingVotes: Int
    /// The whole votes object, copied into the error report.
    let votes: [String: Int]

    /// The dataset's label rule: 3 or more votes is catastrophizing, 0 is not, 1–2 is ambiguous.
    enum Label { case positive, negative, ambiguous }

    var label: Label {
        switch catastrophizingVotes {
        case 3...: .positive
        case 0: .negative
        default: .ambiguous
        }
    }

    struct ReadError: Error, CustomStringConvertible {
        let description: String
    }

    /// Reads every non-empty line of a JSONL file of `{"text": …, "votes": {"catastrophizing": n, …}}`.
    static func readJSONL(at path: String) throws -> [LabelledThought] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(description: "cannot read \(path)")
        }
        var thoughts: [LabelledThought] = []
        for (index, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let text = object["text"] as? String,
                  let rawVotes = object["votes"] as? [String: Any] else {
                throw ReadError(description: "\(path): line \(index + 1) is not an object with \"text\" and \"votes\"")
            }
            let votes = rawVotes.compactMapValues { ($0 as? NSNumber)?.intValue }
            guard let catastrophizing = votes["catastrophizing"] else {
                throw ReadError(description: "\(path): line \(index + 1) has no votes.catastrophizing")
            }
            thoughts.append(LabelledThought(text: text, catastrophizingVotes: catastrophizing, votes: votes))
        }
        if thoughts.isEmpty { throw ReadError(description: "\(path) holds no rows") }
        return thoughts
    }
}
