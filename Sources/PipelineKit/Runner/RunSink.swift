/// Receives a run's results in input order: documents, error records and warnings.
public protocol RunSink: AnyObject {
    /// A processed document, in input order.
    func document(_ document: Document) throws
    /// A document that could not be read or failed in a stage, in input order.
    func error(_ record: ErrorRecord)
    /// A warning about one document's input (such as repaired UTF-8).
    func warning(_ message: String, origin: String)
    /// Called about five times a second with the counts so far.
    func progress(_ progress: RunProgress)
}

extension RunSink {
    public func warning(_ message: String, origin: String) {}
    public func progress(_ progress: RunProgress) {}
}

/// Counts reported while a run goes on, and at its end.
public struct RunProgress: Sendable {
    /// Documents read so far (including failed ones).
    public var documents = 0
    /// Documents written.
    public var written = 0
    /// Documents that became error records.
    public var failed = 0
    /// Input bytes read.
    public var bytes = 0
    /// Seconds since the run started.
    public var seconds = 0.0
    /// The largest number of documents held at once (being processed or waiting to be written).
    public var maxInFlight = 0

    /// Input megabytes per second.
    public var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1_048_576 / seconds : 0 }
}
