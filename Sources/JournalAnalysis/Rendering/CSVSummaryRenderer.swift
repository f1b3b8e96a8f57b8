import JournalModel

/// The summary's rows as CSV for a spreadsheet (RFC 4180: a header line, comma-separated
/// fields, a field holding a comma, a quote or a line break quoted with its quotes doubled,
/// CRLF line ends). One row per day, week or month of `summary.rows`; counts and dates only,
/// never the journal's words or tags. Columns: docs/summary.md.
public enum CSVSummaryRenderer {
    /// The header, in column order.
    public static var header: [String] {
        ["period", "from", "to"] + (SummaryColumn.all + SummaryColumn.timeOfDay).map(\.csv)
    }

    /// - Returns: the header and one line per row of `summary.rows`; without rows (no
    ///   grouping), one line for the whole period.
    public static func render(_ summary: Summary) -> String {
        let grouping = summary.grouping
        let rows = summary.rows.isEmpty ? [summary.current] : summary.rows
        var out = line(header)
        for row in rows {
            let name = grouping?.label(of: row.period) ?? "\(row.period.from)/\(row.period.to)"
            out += line([name, row.period.from.description, row.period.to.description]
                + (SummaryColumn.all + SummaryColumn.timeOfDay).map { field($0.value(row)) })
        }
        return out
    }

    static func field(_ value: SummaryColumn.Value) -> String {
        switch value {
        case .count(let count): "\(count)"
        case .share(let share): share.map { SummaryFormatting.decimal($0, places: 3) } ?? ""
        }
    }

    /// One record: each field quoted when RFC 4180 requires it.
    static func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return field }
        return "\"" + field.replacingQuotes + "\""
    }
}

private extension String {
    var replacingQuotes: String {
        var out = ""
        for character in self {
            if character == "\"" { out += "\"\"" } else { out.append(character) }
        }
        return out
    }
}
