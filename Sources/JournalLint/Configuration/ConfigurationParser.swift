import JournalModel
import Yams

/// Reads the YAML node tree of one configuration file into a `LintConfiguration`, checking every
/// key and value against the schema.
///
/// The node API (`Yams.compose`) is used rather than `Decodable` because every node keeps its
/// line and column: each problem can then point at the exact key or value, which `Decodable`'s
/// coding paths cannot.
///
/// Every problem of the schema (an unknown key, a wrong value) is reported in one run: a key or
/// list item with a mistake is left at its default and reading goes on with the next one, so a
/// file with three mistakes needs one run, not three. What stops reading at once is what makes
/// the rest untrustworthy or dangerous to read: the file is not YAML, or its aliases are over
/// the limits (`YAMLAliasScan`, `expansionLimit`).
struct ConfigurationParser {
    private let text: String
    private let path: String
    private let knownRuleIDs: Set<String>
    private let lines: [Substring]
    private var configuration: LintConfiguration
    /// The schema problems met so far, in document order.
    private var problems: [ConfigurationError] = []

    /// The keys of each mapping, in the order `explanation()` and "known keys" lists show them.
    static let topLevelKeys = ["version", "fail-on", "day-starts-at", "ignore", "rules", "reassurance", "catastrophizing", "crisis",
                                "layout", "folder", "templates", "tag-prefixes"]
    static let reassuranceKeys = ["max-per-day"]
    static let catastrophizingKeys = ["require-against", "extra-phrases", "ignored-phrases"]
    static let crisisKeys = ["message"]
    static let ruleKeys = ["severity"]
    static let extraPhraseKeys = ["phrase", "kind"]

    /// - Parameters:
    ///   - text: the file's content.
    ///   - path: the file's path, for messages and provenance.
    ///   - knownRuleIDs: the ids `rules:` may name.
    ///   - baseFolder: the folder `ignore:` globs are relative to.
    init(text: String, path: String, knownRuleIDs: Set<String>, baseFolder: String) {
        self.text = text
        self.path = path
        self.knownRuleIDs = knownRuleIDs
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var configuration = LintConfiguration.default
        configuration.sourcePath = path
        configuration.ignoreBaseFolder = baseFolder
        self.configuration = configuration
    }

    mutating func parse() throws(ConfigurationError) -> LintConfiguration {
        let aliases = YAMLAliasScan(text)
        if let place = aliases.firstPastLimit {
            throw ConfigurationError(path: path, line: place.line, column: place.column,
                                     problem: .tooManyAliases(limit: YAMLAliasScan.limit))
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw convert(error)
        } catch {
            throw ConfigurationError(path: path, line: 1, column: 1, problem: .syntax(String(describing: error)))
        }
        guard let root, !isNull(root) else { return configuration }  // An empty file is the defaults.
        if let first = aliases.first {
            let limit = Self.expansionLimit(forBytes: text.utf8.count)
            if Self.expandedSize(of: root, above: limit) {
                throw ConfigurationError(path: path, line: first.line, column: first.column, problem: .aliasExpansion(limit: limit))
            }
        }
        guard let mapping = root.mapping else {
            throw failure(.wrongType(key: "configuration", expected: "a mapping of keys (key: value)", found: describe(root)), at: root)
        }
        for (keyNode, value) in mapping {
            do {
                try parseTopLevel(keyNode, value)
            } catch {
                problems.append(error)
            }
        }
        if let error = ConfigurationError(problems: problems) { throw error }
        return configuration
    }

    /// One top-level key and its value.
    private mutating func parseTopLevel(_ keyNode: Node, _ value: Node) throws(ConfigurationError) {
        let key = try keyName(keyNode, allowed: Self.topLevelKeys, section: nil)
        record(key, at: keyNode)
        switch key {
        case "version":
            let version = try scalarText(value, key: key)
            guard Int(version) == LintConfiguration.currentVersion else {
                throw failure(.unsupportedVersion(version), at: value)
            }
        case "fail-on":
            let name = try scalarText(value, key: key)
            guard let threshold = FailThreshold(name) else {
                throw unknownValue(name, key: key, allowed: FailThreshold.names, at: value)
            }
            configuration.failOn = threshold
        case "day-starts-at":
            let time = try scalarText(value, key: key)
            guard let parsed = TimeOfDay(writtenForm: time) else { throw failure(.invalidTime(key: key, value: time), at: value) }
            configuration.dayStartsAt = parsed
        case "ignore":
            configuration.ignore = try textList(value, key: key)
        case "rules":
            try parseRules(value)
        case "reassurance":
            try parseReassurance(value)
        case "catastrophizing":
            try parseCatastrophizing(value)
        case "crisis":
            try parseCrisis(value)
        case "layout":
            let name = try scalarText(value, key: key)
            guard let layout = JournalLayout(rawValue: name) else {
                throw unknownValue(name, key: key, allowed: JournalLayout.allCases.map(\.rawValue), at: value)
            }
            configuration.layout = layout
        case "folder":
            let pattern = try scalarText(value, key: key)
            switch FolderPattern.parse(pattern) {
            case .success(let folder): configuration.folder = folder
            case .failure(let problem): throw failure(.invalidFolder(pattern, problem), at: value)
            }
        case "templates":
            try parseTemplates(value)
        case "tag-prefixes":
            configuration.tagPrefixes = try tagPrefixes(value)
        default:
            break  // keyName has already rejected anything else.
        }
    }

    /// What aliases may expand a file to: room for reuse, never a blow-up.
    static func expansionLimit(forBytes count: Int) -> Int { max(65_536, 2 * count) }

    /// Whether the tree, with every alias written out, holds more than `limit` bytes of scalars
    /// (each node counts a byte too). Walks with its own stack and stops at the limit.
    private static func expandedSize(of root: Node, above limit: Int) -> Bool {
        var pending = [root]
        var total = 0
        while let node = pending.popLast() {
            total += 1
            switch node {
            case .scalar(let scalar): total += scalar.string.utf8.count
            case .sequence(let sequence): pending.append(contentsOf: sequence)
            case .mapping(let mapping):
                for (key, value) in mapping { pending.append(key); pending.append(value) }
            case .alias: break
            }
            if total > limit { return true }
        }
        return false
    }

    // MARK: Sections

    private mutating func parseRules(_ node: Node) throws(ConfigurationError) {
        for (idNode, value) in try section(node, key: "rules") {
            do {
                try parseRule(idNode, value)
            } catch {
                problems.append(error)
            }
        }
    }

    /// One entry of `rules:`: an id and its severity.
    private mutating func parseRule(_ idNode: Node, _ value: Node) throws(ConfigurationError) {
        let id = try scalarText(idNode, key: "rules")
        guard knownRuleIDs.contains(id) else {
            throw failure(.unknownRule(id, suggestion: DidYouMean.suggestion(for: id, among: knownRuleIDs.sorted()),
                                       known: knownRuleIDs.sorted()), at: idNode)
        }
        let key = "rules.\(id)"
        record(key, at: idNode)
        var severityNode = value
        if value.mapping != nil {
            var found: Node?
            for (optionKey, optionValue) in try section(value, key: key) {
                _ = try keyName(optionKey, allowed: Self.ruleKeys, section: key)
                found = optionValue
            }
            guard let found else { throw failure(.missingValue(key: key + ".severity"), at: value) }
            severityNode = found
        }
        let name = try scalarText(severityNode, key: key)
        guard let severity = RuleSeverity(name) else {
            throw unknownValue(name, key: key, allowed: RuleSeverity.names, at: severityNode)
        }
        configuration.rules[id] = severity
    }

    private mutating func parseReassurance(_ node: Node) throws(ConfigurationError) {
        for (keyNode, value) in try section(node, key: "reassurance") {
            do throws(ConfigurationError) {
                let key = try keyName(keyNode, allowed: Self.reassuranceKeys, section: "reassurance")
                record("reassurance." + key, at: keyNode)
                let count = try scalarText(value, key: "reassurance." + key)
                guard let maximum = Int(count), maximum >= 0,
                      value.scalar?.style == .plain else {
                    throw failure(.invalidCount(key: "reassurance." + key, value: count), at: value)
                }
                configuration.reassurance.maxPerDay = maximum
            } catch {
                problems.append(error)
            }
        }
    }

    private mutating func parseCatastrophizing(_ node: Node) throws(ConfigurationError) {
        for (keyNode, value) in try section(node, key: "catastrophizing") {
            do {
                try parseCatastrophizingKey(keyNode, value)
            } catch {
                problems.append(error)
            }
        }
    }

    /// One key of `catastrophizing:`; each phrase of a list is checked on its own (a phrase with
    /// a mistake is left out and reported, the others kept).
    private mutating func parseCatastrophizingKey(_ keyNode: Node, _ value: Node) throws(ConfigurationError) {
        let key = try keyName(keyNode, allowed: Self.catastrophizingKeys, section: "catastrophizing")
        let keyPath = "catastrophizing." + key
        record(keyPath, at: keyNode)
        switch key {
        case "require-against":
            configuration.catastrophizing.requireAgainst = try boolean(value, key: keyPath)
        case "extra-phrases":
            var phrases: [LintConfiguration.ExtraPhrase] = []
            for item in try list(value, key: keyPath) {
                do {
                    phrases.append(try extraPhrase(item, key: keyPath))
                } catch {
                    problems.append(error)
                }
            }
            configuration.catastrophizing.extraPhrases = phrases
        default:
            // Matched at every word of a paragraph, so bounded like extra phrases.
            let items = value.scalar != nil && !isNull(value) ? [value] : try list(value, key: keyPath)
            var phrases: [String] = []
            for item in items {
                do {
                    let phrase = try nonEmptyText(item, key: keyPath)
                    try checkLength(of: phrase, key: keyPath, at: item)
                    phrases.append(phrase)
                } catch {
                    problems.append(error)
                }
            }
            configuration.catastrophizing.ignoredPhrases = phrases
        }
    }

    private func extraPhrase(_ item: Node, key: String) throws(ConfigurationError) -> LintConfiguration.ExtraPhrase {
        guard item.mapping != nil else {
            let phrase = try nonEmptyText(item, key: key)
            try checkLength(of: phrase, key: key, at: item)
            return LintConfiguration.ExtraPhrase(phrase: phrase)
        }
        var phrase: String?
        var kind = LintConfiguration.CatastrophizingKind.fortuneTelling
        for (keyNode, value) in try section(item, key: key) {
            switch try keyName(keyNode, allowed: Self.extraPhraseKeys, section: key) {
            case "phrase":
                phrase = try nonEmptyText(value, key: key + ".phrase")
            default:
                let name = try scalarText(value, key: key + ".kind")
                guard let parsed = LintConfiguration.CatastrophizingKind(rawValue: name) else {
                    throw unknownValue(name, key: key + ".kind",
                                       allowed: LintConfiguration.CatastrophizingKind.allCases.map(\.rawValue), at: value)
                }
                kind = parsed
            }
        }
        guard let phrase else { throw failure(.missingValue(key: key + ".phrase"), at: item) }
        try checkLength(of: phrase, key: key, at: item)
        return LintConfiguration.ExtraPhrase(phrase: phrase, kind: kind)
    }

    /// Refuses a phrase beyond `PhraseLimits` (the matcher's search grows with both).
    private func checkLength(of phrase: String, key: String, at node: Node) throws(ConfigurationError) {
        let (words, gaps, widest) = PhraseLimits.measure(phrase)
        guard words > PhraseLimits.words || gaps > PhraseLimits.gaps || widest > PhraseLimits.gapWidth else { return }
        throw failure(.phraseTooLong(key: key, words: words, gaps: gaps, widestGap: widest), at: node)
    }

    /// `tag-prefixes`: a list of symbols (`["#", "@"]`), or one string of them (`"#@"`, as
    /// jrnl's `tagsymbols` is written); each symbol `#` or `@`.
    private func tagPrefixes(_ node: Node) throws(ConfigurationError) -> TagPrefixes {
        let key = "tag-prefixes"
        let items = node.scalar != nil && !isNull(node) ? [node] : try list(node, key: key)
        var prefixes: TagPrefixes = []
        for item in items {
            let text = try scalarText(item, key: key)
            for character in text {
                guard let prefix = TagPrefixes(symbol: character) else { throw failure(.invalidTagPrefix(text), at: item) }
                prefixes.insert(prefix)
            }
        }
        guard !prefixes.isEmpty else { throw failure(.noTagPrefixes, at: node) }
        return prefixes
    }

    private mutating func parseCrisis(_ node: Node) throws(ConfigurationError) {
        for (keyNode, value) in try section(node, key: "crisis") {
            do {
                let key = try keyName(keyNode, allowed: Self.crisisKeys, section: "crisis")
                record("crisis." + key, at: keyNode)
                configuration.crisis.message = try nonEmptyText(value, key: "crisis." + key)
            } catch {
                problems.append(error)
            }
        }
    }

    private mutating func parseTemplates(_ node: Node) throws(ConfigurationError) {
        for (nameNode, value) in try section(node, key: "templates") {
            do throws(ConfigurationError) {
                let name = try scalarText(nameNode, key: "templates")
                let key = "templates." + name
                record(key, at: nameNode)
                let text = try nonEmptyText(value, key: key)
                switch EntryTemplate.parse(text) {
                case .success(let template):
                    configuration.templates[name] = template
                case .failure(let unknown):
                    throw failure(.unknownValue(key: key, value: "{\(unknown.name)}", allowed: EntryTemplate.placeholders.map { "{\($0)}" },
                                                suggestion: DidYouMean.suggestion(for: unknown.name, among: EntryTemplate.placeholders)
                                                    .map { "{\($0)}" }), at: value)
                }
            } catch {
                problems.append(error)
            }
        }
    }

    // MARK: Values

    /// A key, checked against the keys its mapping allows.
    private func keyName(_ node: Node, allowed: [String], section: String?) throws(ConfigurationError) -> String {
        let key = try scalarText(node, key: section ?? "configuration")
        guard allowed.contains(key) else {
            throw failure(.unknownKey(key, section: section, suggestion: DidYouMean.suggestion(for: key, among: allowed),
                                      known: allowed), at: node)
        }
        return key
    }

    /// A mapping, or no keys at all for an empty value (`reassurance:` alone).
    private func section(_ node: Node, key: String) throws(ConfigurationError) -> Node.Mapping {
        if isNull(node) { return Node.Mapping([]) }
        guard let mapping = node.mapping else {
            throw failure(.wrongType(key: key, expected: "a mapping of keys (key: value)", found: describe(node)), at: node)
        }
        return mapping
    }

    /// A list, or an empty list for an empty value.
    private func list(_ node: Node, key: String) throws(ConfigurationError) -> [Node] {
        if isNull(node) { return [] }
        guard let sequence = node.sequence else {
            throw failure(.wrongType(key: key, expected: "a list", found: describe(node)), at: node)
        }
        return Array(sequence)
    }

    /// A list of non-empty strings; a single string is taken as a list of one.
    private func textList(_ node: Node, key: String) throws(ConfigurationError) -> [String] {
        if node.scalar != nil && !isNull(node) { return [try nonEmptyText(node, key: key)] }
        return try list(node, key: key).map { (item) throws(ConfigurationError) in try nonEmptyText(item, key: key) }
    }

    /// The text of a scalar, exactly as written (so `off` and `04:00` stay text, whatever YAML 1.1
    /// would resolve them to).
    private func scalarText(_ node: Node, key: String) throws(ConfigurationError) -> String {
        if isNull(node) { throw failure(.missingValue(key: key), at: node) }
        guard let scalar = node.scalar else {
            throw failure(.wrongType(key: key, expected: "a single value", found: describe(node)), at: node)
        }
        return scalar.string
    }

    private func nonEmptyText(_ node: Node, key: String) throws(ConfigurationError) -> String {
        let text = try scalarText(node, key: key)
        if text.allSatisfy(\.isWhitespace) { throw failure(.emptyText(key: key), at: node) }
        return text
    }

    private func boolean(_ node: Node, key: String) throws(ConfigurationError) -> Bool {
        let text = try scalarText(node, key: key)
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw failure(.wrongType(key: key, expected: "true or false", found: describe(node)), at: node)
        }
    }

    private func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain || scalar.style == .any else { return false }
        return node.tag.rawValue == Tag.Name.null.rawValue
    }

    /// A short description of a node for "must be X, not Y" messages.
    private func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let scalar):
            if isNull(node) { return "nothing" }
            let shown = scalar.string.count > 40 ? String(scalar.string.prefix(40)) + "…" : scalar.string
            return "'\(shown)'"
        case .alias: return "an alias"
        }
    }

    // MARK: Positions and errors

    private mutating func record(_ keyPath: String, at keyNode: Node) {
        configuration.origins[keyPath] = .file(path: path, line: keyNode.mark?.line ?? 1)
    }

    private func unknownValue(_ value: String, key: String, allowed: [String], at node: Node) -> ConfigurationError {
        failure(.unknownValue(key: key, value: value, allowed: allowed,
                              suggestion: DidYouMean.suggestion(for: value, among: allowed)), at: node)
    }

    private func failure(_ problem: ConfigurationError.Problem, at node: Node) -> ConfigurationError {
        failure(problem, line: node.mark?.line ?? 1, scalarColumn: node.mark?.column ?? 1)
    }

    private func failure(_ problem: ConfigurationError.Problem, line: Int, scalarColumn: Int) -> ConfigurationError {
        ConfigurationError(path: path, line: line, column: byteColumn(line: line, scalarColumn: scalarColumn), problem: problem)
    }

    /// libyaml counts columns in Unicode scalars; Steady's messages count UTF-8 bytes.
    private func byteColumn(line: Int, scalarColumn: Int) -> Int {
        guard line >= 1, line <= lines.count else { return scalarColumn }
        let prefix = lines[line - 1].unicodeScalars.prefix(max(scalarColumn - 1, 0))
        return prefix.reduce(1) { $0 + UTF8.width($1) }
    }

    /// Turns a Yams error into a positioned configuration error.
    private func convert(_ error: YamlError) -> ConfigurationError {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var detail = problem
            if let context { detail += " (\(context.text) at line \(context.mark.line))" }
            if mark.line >= 1, mark.line <= lines.count, lines[mark.line - 1].contains("\t") {
                detail += "; indent with spaces, not tabs"
            }
            return failure(.syntax(detail), line: mark.line, scalarColumn: mark.column)
        case .reader(let problem, let offset, _, _):
            let (line, column) = position(ofCharacterOffset: offset ?? 0)
            return failure(.syntax(problem), line: line, scalarColumn: column)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let first = context.mark
            // Yams points at the first occurrence; point at the repeated one, where the fix usually is.
            if let repeated = repeatedKeyLine(key, after: first) {
                return failure(.duplicateKey(key, firstLine: first.line), line: repeated, scalarColumn: first.column)
            }
            return failure(.duplicateKey(key, firstLine: first.line), line: first.line, scalarColumn: first.column)
        default:
            return ConfigurationError(path: path, line: 1, column: 1, problem: .syntax(String(describing: error)))
        }
    }

    /// The line of the second occurrence of a block-mapping key: a later line with the same
    /// indentation that starts with the key (plain or quoted) and a colon.
    private func repeatedKeyLine(_ key: String, after first: Mark) -> Int? {
        let indentation = first.column - 1
        guard first.line < lines.count else { return nil }
        for index in first.line..<lines.count {
            let line = lines[index]
            let leading = line.prefix { $0 == " " }.count
            if leading < indentation && !line.allSatisfy(\.isWhitespace) && !line.hasPrefix("#") { return nil }
            guard leading == indentation else { continue }
            let rest = line.dropFirst(leading)
            for spelling in [key, "\"\(key)\"", "'\(key)'"] where rest.hasPrefix(spelling) {
                if rest.dropFirst(spelling.count).drop(while: { $0 == " " }).hasPrefix(":") { return index + 1 }
            }
        }
        return nil
    }

    private func position(ofCharacterOffset offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return (line, column)
    }
}
