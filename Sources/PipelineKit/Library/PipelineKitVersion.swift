/// The version of PipelineKit, checked when a shared-library stage is loaded.
public enum PipelineKitVersion {
    /// Semantic version of this PipelineKit.
    public static let current = "0.1.0"

    /// The shared-library contract's version; it changes when ``StageLibraryHeader`` changes.
    public static let libraryABI: UInt32 = 1

    /// A fingerprint of the memory layout of the types that cross the library boundary. A library
    /// built from different PipelineKit sources (or a compiler that lays them out differently)
    /// has another fingerprint and is refused.
    public static let layoutFingerprint: UInt64 = {
        let parts: [Int] = [
            MemoryLayout<Document>.size, MemoryLayout<Document>.alignment,
            MemoryLayout<StageDescriptor>.size, MemoryLayout<StageOptions>.size,
            MemoryLayout<StageContext>.size, MemoryLayout<StageEnvironment>.size,
            MemoryLayout<Quote>.size, MemoryLayout<Stance>.size, MemoryLayout<Span>.size,
            MemoryLayout<OptionSpec>.size, MemoryLayout<OptionValue>.size, MemoryLayout<JSONValue>.size,
            MemoryLayout<any Stage>.size,
        ]
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in (parts.map(String.init).joined(separator: ",") + "|" + current).utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }()
}
