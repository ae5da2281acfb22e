/// What a shared library of stages exports: a fixed C-layout header, checked before anything
/// else is read, pointing at the Swift descriptors.
///
/// A library (see `docs/shared-library-stages.md`) exports one C symbol:
/// ```swift
/// @_cdecl("pipe_stage_library")
/// public func pipeStageLibrary() -> UnsafeRawPointer {
///     StageLibrary.export([SentenceLengthStage.descriptor])
/// }
/// ```
public enum StageLibrary {
    /// The symbol `pipe` looks up in a library.
    public static let entrySymbol = "pipe_stage_library"

    /// Identifies a pipe stage library header ("pipestag").
    static let magic: UInt64 = 0x7069_7065_7374_6167

    /// Packs descriptors for ``entrySymbol`` to return. The memory lives as long as the process.
    public static func export(_ descriptors: [StageDescriptor]) -> UnsafeRawPointer {
        let payload = Unmanaged.passRetained(StageLibraryExport(descriptors: descriptors)).toOpaque()
        let version = strdupSwift(PipelineKitVersion.current)
        let header = UnsafeMutablePointer<StageLibraryHeader>.allocate(capacity: 1)
        header.initialize(to: StageLibraryHeader(
            magic: magic, abiVersion: PipelineKitVersion.libraryABI, version: version,
            fingerprint: PipelineKitVersion.layoutFingerprint, payload: payload))
        return UnsafeRawPointer(header)
    }

    private static func strdupSwift(_ s: String) -> UnsafePointer<CChar> {
        let utf8 = Array(s.utf8CString)
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: utf8.count)
        buffer.initialize(from: utf8, count: utf8.count)
        return UnsafePointer(buffer)
    }
}

/// The header a library's entry symbol returns. Only C-compatible fields, in a fixed order, so a
/// library built against another PipelineKit can still be recognised and refused safely.
public struct StageLibraryHeader {
    /// Always "pipestag" as a 64-bit number.
    public var magic: UInt64
    /// ``PipelineKitVersion/libraryABI`` of the library.
    public var abiVersion: UInt32
    /// ``PipelineKitVersion/current`` of the library, NUL-terminated.
    public var version: UnsafePointer<CChar>
    /// ``PipelineKitVersion/layoutFingerprint`` of the library.
    public var fingerprint: UInt64
    /// The retained ``StageLibraryExport``.
    public var payload: UnsafeMutableRawPointer
}

/// The descriptors a library exports.
public final class StageLibraryExport {
    /// The stages of the library.
    public let descriptors: [StageDescriptor]

    init(descriptors: [StageDescriptor]) {
        self.descriptors = descriptors
    }
}
