/// Small numbers as people say them ("three times", not "3 times").
enum Spoken {
    private static let words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]

    /// `three`, or the digits past twelve.
    static func number(_ count: Int) -> String {
        words.indices.contains(count) ? words[count] : String(count)
    }

    /// `once`, `twice`, `three times`.
    static func times(_ count: Int) -> String {
        switch count {
        case 1: "once"
        case 2: "twice"
        default: "\(number(count)) times"
        }
    }
}

extension String {
    /// With its first letter upper case.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
