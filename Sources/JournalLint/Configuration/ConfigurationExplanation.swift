extension LintConfiguration {
    /// The effective configuration as YAML, each value followed by where it came from.
    ///
    /// For `steady config --explain`: the output is itself a valid `.steady.yml` (origins are
    /// comments), so a person can copy it as a starting point, and every line answers "why does
    /// Steady do this?" with `default` or `file:line`.
    /// - Parameter ruleDefaults: every registered rule's default severity, so that rules the file
    ///   does not mention are listed too; rules only in the file are listed either way.
    /// - Returns: the text, ending in a newline.
    public func explanation(ruleDefaults: [String: Severity] = [:]) -> String {
        var lines: [(text: String, origin: String?)] = []
        func add(_ text: String, _ keyPath: String? = nil) {
            lines.append((text, keyPath.map { origin(of: $0).description }))
        }

        add("version: \(version)", "version")
        add("fail-on: \(failOn)", "fail-on")
        add("day-starts-at: \(yamlQuoted(dayStartsAt.description))", "day-starts-at")
        if ignore.isEmpty {
            add("ignore: []", "ignore")
        } else {
            lines.append(("ignore:", "\(origin(of: "ignore")) (relative to \(ignoreBaseFolder ?? "the current folder"))"))
            for pattern in ignore { add("  - \(yamlQuoted(pattern))") }
        }

        let ruleIDs = Set(rules.keys).union(ruleDefaults.keys).sorted()
        if ruleIDs.isEmpty {
            lines.append(("rules: {}", "default (every rule at its own default severity)"))
        } else {
            add("rules:")
            for id in ruleIDs {
                let effective = rules[id] ?? ruleDefaults[id].map(RuleSeverity.enabled) ?? .off
                add("  \(id): \(effective)", "rules.\(id)")
            }
        }

        add("reassurance:")
        add("  max-per-day: \(reassurance.maxPerDay)", "reassurance.max-per-day")

        add("catastrophizing:")
        add("  require-against: \(catastrophizing.requireAgainst)", "catastrophizing.require-against")
        if catastrophizing.extraPhrases.isEmpty {
            add("  extra-phrases: []", "catastrophizing.extra-phrases")
        } else {
            add("  extra-phrases:", "catastrophizing.extra-phrases")
            for extra in catastrophizing.extraPhrases {
                add("    - { phrase: \(yamlQuoted(extra.phrase)), kind: \(extra.kind) }")
            }
        }
        if catastrophizing.ignoredPhrases.isEmpty {
            add("  ignored-phrases: []", "catastrophizing.ignored-phrases")
        } else {
            add("  ignored-phrases:", "catastrophizing.ignored-phrases")
            for phrase in catastrophizing.ignoredPhrases { add("    - \(yamlQuoted(phrase))") }
        }

        add("crisis:")
        add("  message: \(yamlQuoted(crisis.message))", "crisis.message")

        add("layout: \(layout)", "layout")
        add("folder: \(yamlQuoted(folder.pattern))", "folder")
        if templates.isEmpty {
            add("templates: {}", "templates")
        } else {
            add("templates:")
            for name in templates.keys.sorted() {
                add("  \(yamlQuoted(name)): \(yamlQuoted(templates[name]!.text))", "templates.\(name)")
            }
        }

        add("tag-prefixes: [" + tagPrefixes.symbols.map { yamlQuoted(String($0)) }.joined(separator: ", ") + "]", "tag-prefixes")

        let header = [
            "# Effective Steady configuration",
            "# from: " + (sourcePath ?? "no configuration file (Steady's defaults)"),
            "# Each value is followed by where it came from: 'default', or file:line.",
        ]
        let commentColumn = min(lines.map(\.text.count).max() ?? 0, 44) + 2
        let body = lines.map { line -> String in
            guard let origin = line.origin else { return line.text }
            let padding = String(repeating: " ", count: max(commentColumn - line.text.count, 2))
            return line.text + padding + "# " + origin
        }
        return (header + body).joined(separator: "\n") + "\n"
    }
}

/// A YAML double-quoted string: safe for any text, and unambiguous to read (`"04:00"`, `"off"`).
func yamlQuoted(_ text: String) -> String {
    var quoted = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": quoted += "\\\""
        case "\\": quoted += "\\\\"
        case "\n": quoted += "\\n"
        case "\t": quoted += "\\t"
        case "\r": quoted += "\\r"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F {
                quoted += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16, uppercase: true)
            } else {
                quoted.unicodeScalars.append(scalar)
            }
        }
    }
    return quoted + "\""
}
