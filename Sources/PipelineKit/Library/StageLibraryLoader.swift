#if canImport(Glibc)
import Glibc
#endif

/// Loads stages from shared libraries named by `library:` entries in pipeline files.
///
/// The library is opened with `dlopen`, its ``StageLibrary/entrySymbol`` called, and the returned
/// header checked: the magic number, the contract version, the PipelineKit version (which must be
/// equal to this one) and the layout fingerprint. Any mismatch is refused with a message saying
/// what to rebuild; nothing of the library's Swift types is touched before the checks pass.
public struct StageLibraryLoader: StageLibraryLoading {
    /// Creates a loader.
    public init() {}

    public func load(path: String, stage: String?) throws -> StageDescriptor {
        let descriptors = try descriptors(inLibraryAt: path)
        if let stage {
            guard let found = descriptors.first(where: { $0.name == stage }) else {
                let names = descriptors.map(\.name)
                let hint = NameSuggester.suggest(stage, among: names).map { "; did you mean '\($0)'?" } ?? ""
                throw StageError("library '\(path)' has no stage '\(stage)' (it has \(names.joined(separator: ", ")))\(hint)")
            }
            return found
        }
        guard descriptors.count == 1 else {
            throw StageError("library '\(path)' has \(descriptors.count) stages (\(descriptors.map(\.name).joined(separator: ", "))); name one with 'stage:'")
        }
        return descriptors[0]
    }

    /// All descriptors a library exports, after the compatibility checks.
    public func descriptors(inLibraryAt path: String) throws -> [StageDescriptor] {
        guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? "unknown reason"
            throw StageError("cannot load library '\(path)': \(reason)")
        }
        guard let symbol = dlsym(handle, StageLibrary.entrySymbol) else {
            throw StageError("library '\(path)' has no entry symbol '\(StageLibrary.entrySymbol)'; export it with @_cdecl(\"\(StageLibrary.entrySymbol)\") (see docs/shared-library-stages.md)")
        }
        typealias Entry = @convention(c) () -> UnsafeRawPointer?
        let entry = unsafeBitCast(symbol, to: Entry.self)
        guard let raw = entry() else { throw StageError("library '\(path)': '\(StageLibrary.entrySymbol)' returned nothing") }
        let header = raw.load(as: StageLibraryHeader.self)
        guard header.magic == StageLibrary.magic else {
            throw StageError("library '\(path)': '\(StageLibrary.entrySymbol)' did not return a pipe stage library header")
        }
        guard header.abiVersion == PipelineKitVersion.libraryABI else {
            throw StageError("library '\(path)' uses stage library contract \(header.abiVersion); this pipe uses \(PipelineKitVersion.libraryABI): rebuild the library against PipelineKit \(PipelineKitVersion.current)")
        }
        let version = String(cString: header.version)
        guard version == PipelineKitVersion.current else {
            throw StageError("library '\(path)' was built against PipelineKit \(version); this pipe has PipelineKit \(PipelineKitVersion.current): rebuild the library against this version")
        }
        guard header.fingerprint == PipelineKitVersion.layoutFingerprint else {
            throw StageError("library '\(path)' was built from different PipelineKit \(version) sources or with another compiler (layout fingerprint differs): rebuild it with the same sources and toolchain as this pipe")
        }
        return Unmanaged<StageLibraryExport>.fromOpaque(header.payload).takeUnretainedValue().descriptors
    }
}
