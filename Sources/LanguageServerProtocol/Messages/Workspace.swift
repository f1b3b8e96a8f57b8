/// `workspace/didChangeWatchedFiles`.
public struct DidChangeWatchedFilesParams: Codable, Sendable {
    public var changes: [FileEvent]
    public init(changes: [FileEvent]) { self.changes = changes }

    public struct FileEvent: Codable, Sendable {
        public var uri: String
        /// 1 created, 2 changed, 3 deleted.
        public var type: Int
        public init(uri: String, type: Int) {
            self.uri = uri
            self.type = type
        }
    }
}

/// `client/registerCapability`.
public struct RegistrationParams: Codable, Sendable {
    public var registrations: [Registration]
    public init(registrations: [Registration]) { self.registrations = registrations }

    public struct Registration: Codable, Sendable {
        public var id: String
        public var method: String
        public var registerOptions: WatchedFilesOptions
        public init(id: String, method: String, registerOptions: WatchedFilesOptions) {
            self.id = id
            self.method = method
            self.registerOptions = registerOptions
        }
    }

    public struct WatchedFilesOptions: Codable, Sendable {
        public var watchers: [Watcher]
        public init(watchers: [Watcher]) { self.watchers = watchers }
    }

    public struct Watcher: Codable, Sendable {
        public var globPattern: String
        public init(globPattern: String) { self.globPattern = globPattern }
    }
}

/// `window/logMessage`.
public struct LogMessageParams: Codable, Sendable {
    /// 1 error, 2 warning, 3 info, 4 log.
    public var type: Int
    public var message: String
    public init(type: Int, message: String) {
        self.type = type
        self.message = message
    }
}
