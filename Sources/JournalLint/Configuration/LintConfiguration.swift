import JournalModel
import ThinkingTraps
/// The effective lint configuration for a set of journal files: the values of `.steady.yml`,
/// Steady's defaults for every key the file leaves out, and where each value came from.
///
/// Configuration files do not merge across folders: the nearest `.steady.yml` is the whole
/// configuration (see `ConfigurationLoader`). What a person reads in one file is then all that
/// applies, which matters more here than saving a few repeated lines.
public struct LintConfiguration: Sendable, Hashable {
    /// The configuration format version this Steady reads.
    public static let currentVersion = 1

    /// `version:`; only `1` exists.
    public var version: Int
    /// `fail-on:`: the least severe finding that makes the run fail.
    public var failOn: FailThreshold
    /// `day-starts-at:`: entries before this time belong to the previous day (a night that runs
    /// past midnight is still that night).
    public var dayStartsAt: TimeOfDay
    /// `ignore:`: globs relative to `ignoreBaseFolder`.
    public var ignore: [String]
    /// The folder `ignore` globs are relative to: the configuration file's folder, absolute.
    /// `nil` for the defaults (which ignore nothing).
    public var ignoreBaseFolder: String?
    /// `rules:`: the severities configured per rule id; rules not listed keep their default.
    public var rules: [String: RuleSeverity]
    /// `reassurance:`.
    public var reassurance: Reassurance
    /// `catastrophizing:`.
    public var catastrophizing: Catastrophizing
    /// `crisis:`.
    public var crisis: Crisis
    /// `layout:`: one file per day or per month, where `steady new` writes.
    public var layout: JournalLayout
    /// `folder:`: where `steady new` puts the files, relative to the configuration file's folder
    /// (`ignoreBaseFolder`), or the current folder without a configuration file.
    public var folder: FolderPattern
    /// `templates:`: named entry templates for `steady new --template NAME`.
    public var templates: [String: EntryTemplate]
    /// `tag-prefixes:`: the symbols that start a tag (`#`, and `@` for jrnl's tags).
    public var tagPrefixes: TagPrefixes
    /// The configuration file these values were read from; `nil` for the defaults.
    public var sourcePath: String?
    /// Where each value set by a file came from, by key path (`fail-on`, `reassurance.max-per-day`,
    /// `rules.entry-out-of-order`); keys not present came from the defaults.
    public var origins: [String: ValueOrigin]

    /// `reassurance:` settings.
    public struct Reassurance: Sendable, Hashable {
        /// `max-per-day:`: acts of reassurance-seeking per day before the linter says so.
        public var maxPerDay: Int
        public init(maxPerDay: Int = 1) { self.maxPerDay = maxPerDay }
    }

    /// `catastrophizing:` settings.
    public struct Catastrophizing: Sendable, Hashable {
        /// `require-against:`: a claim counts as examined only when its evidence has an `against:` item.
        public var requireAgainst: Bool
        /// `extra-phrases:`: the person's own catastrophizing phrases, added to the lexicon.
        public var extraPhrases: [ExtraPhrase]
        /// `ignored-phrases:`: lexicon phrases this person uses harmlessly ("end of the world" about a
        /// burnt dinner), never reported.
        public var ignoredPhrases: [String]

        public init(requireAgainst: Bool = false, extraPhrases: [ExtraPhrase] = [], ignoredPhrases: [String] = []) {
            self.requireAgainst = requireAgainst
            self.extraPhrases = extraPhrases
            self.ignoredPhrases = ignoredPhrases
        }
    }

    /// One `extra-phrases:` item: a phrase and the kind of catastrophizing it expresses.
    public struct ExtraPhrase: Sendable, Hashable {
        public var phrase: String
        public var kind: CatastrophizingKind
        public init(phrase: String, kind: CatastrophizingKind = .fortuneTelling) {
            self.phrase = phrase
            self.kind = kind
        }
    }

    /// The kinds of catastrophizing a phrase can be configured as: the detector's own kinds.
    public typealias CatastrophizingKind = ClaimKind

    /// `crisis:` settings.
    public struct Crisis: Sendable, Hashable {
        /// `message:`: shown when an entry suggests the person may be in danger.
        public var message: String
        public init(message: String = LintConfiguration.defaultCrisisMessage) { self.message = message }
    }

    /// The message shown when an entry suggests the person may be in danger. It names a real line to
    /// call, says what to do elsewhere, and is honest about what Steady is.
    public static let defaultCrisisMessage = """
        If you are thinking about harming yourself or feel unsafe, you deserve support right now: \
        in the US, call or text 988 (the Suicide & Crisis Lifeline); elsewhere, call your local \
        emergency number or a crisis line near you. Steady is a writing tool, not a diagnosis or a \
        substitute for care.
        """

    /// Steady's defaults: every key as if the configuration file were empty.
    public static let `default` = LintConfiguration()

    /// A configuration; every parameter defaults to Steady's default.
    public init(
        version: Int = LintConfiguration.currentVersion,
        failOn: FailThreshold = .atLeast(.error),
        dayStartsAt: TimeOfDay = TimeOfDay(hour: 4, minute: 0)!,
        ignore: [String] = [],
        ignoreBaseFolder: String? = nil,
        rules: [String: RuleSeverity] = [:],
        reassurance: Reassurance = Reassurance(),
        catastrophizing: Catastrophizing = Catastrophizing(),
        crisis: Crisis = Crisis(),
        layout: JournalLayout = .daily,
        folder: FolderPattern = .here,
        templates: [String: EntryTemplate] = [:],
        tagPrefixes: TagPrefixes = .default,
        sourcePath: String? = nil,
        origins: [String: ValueOrigin] = [:]
    ) {
        self.version = version
        self.failOn = failOn
        self.dayStartsAt = dayStartsAt
        self.ignore = ignore
        self.ignoreBaseFolder = ignoreBaseFolder
        self.rules = rules
        self.reassurance = reassurance
        self.catastrophizing = catastrophizing
        self.crisis = crisis
        self.layout = layout
        self.folder = folder
        self.templates = templates
        self.tagPrefixes = tagPrefixes
        self.sourcePath = sourcePath
        self.origins = origins
    }

    /// Where the effective value of a key came from.
    /// - Parameter keyPath: a dotted key path as written in the file: `fail-on`,
    ///   `reassurance.max-per-day`, `rules.entry-out-of-order`.
    public func origin(of keyPath: String) -> ValueOrigin {
        origins[keyPath] ?? .default
    }

    /// The severity a rule runs at: the configured one, or the rule's own default.
    public func severity(ofRule id: String, default defaultSeverity: Severity) -> RuleSeverity {
        rules[id] ?? .enabled(defaultSeverity)
    }
}
