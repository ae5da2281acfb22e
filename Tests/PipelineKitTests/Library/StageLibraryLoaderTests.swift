import Foundation
import Testing
@testable import PipelineKit

/// Builds small C shared libraries that imitate broken or mismatched stage libraries.
enum FakeLibrary {
    static let compiler: String? = ["/usr/bin/cc", "/usr/bin/gcc", "/usr/bin/clang"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func build(_ name: String, source: String) throws -> String {
        let folder = TemporaryFolder()
        let c = folder.write("\(name).c", source)
        let so = folder.path + "/lib\(name).so"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: compiler!)
        process.arguments = ["-shared", "-fPIC", "-o", so, c]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw StageError("cc failed for \(name)") }
        return so
    }

    /// A library whose entry returns a header with the given fields.
    static func header(magic: String = "0x7069706573746167ULL", abi: Int = 1, version: String) -> String {
        """
        #include <stdint.h>
        struct header { uint64_t magic; uint32_t abi; const char *version; uint64_t fingerprint; void *payload; };
        static struct header h = { \(magic), \(abi), "\(version)", 0, 0 };
        const void *pipe_stage_library(void) { return &h; }
        """
    }
}

@Suite("Shared-library stages are refused with clear messages", .enabled(if: FakeLibrary.compiler != nil))
struct StageLibraryLoaderTests {
    func message(_ path: String) -> String {
        do {
            _ = try StageLibraryLoader().load(path: path, stage: nil)
            return "loaded"
        } catch {
            return "\(error)"
        }
    }

    @Test("a library without the entry symbol")
    func missingSymbol() throws {
        let so = try FakeLibrary.build("nosymbol", source: "int unrelated(void) { return 1; }\n")
        #expect(message(so) == "library '\(so)' has no entry symbol 'pipe_stage_library'; export it with @_cdecl(\"pipe_stage_library\") (see docs/shared-library-stages.md)")
    }

    @Test("a library built against another PipelineKit version")
    func otherVersion() throws {
        let so = try FakeLibrary.build("oldversion", source: FakeLibrary.header(version: "0.0.9"))
        #expect(message(so) == "library '\(so)' was built against PipelineKit 0.0.9; this pipe has PipelineKit \(PipelineKitVersion.current): rebuild the library against this version")
    }

    @Test("a library with the same version but another memory layout")
    func otherLayout() throws {
        let so = try FakeLibrary.build("otherlayout", source: FakeLibrary.header(version: PipelineKitVersion.current))
        #expect(message(so).hasPrefix("library '\(so)' was built from different PipelineKit \(PipelineKitVersion.current) sources"))
    }

    @Test("a library with another contract version")
    func otherContract() throws {
        let so = try FakeLibrary.build("othercontract", source: FakeLibrary.header(abi: 7, version: "9.9.9"))
        #expect(message(so) == "library '\(so)' uses stage library contract 7; this pipe uses 1: rebuild the library against PipelineKit \(PipelineKitVersion.current)")
    }

    @Test("an entry symbol that returns something else")
    func notAHeader() throws {
        let so = try FakeLibrary.build("notheader", source: FakeLibrary.header(magic: "42", version: "0.1.0"))
        #expect(message(so) == "library '\(so)': 'pipe_stage_library' did not return a pipe stage library header")
    }

    @Test("a file that is not a library")
    func notALibrary() throws {
        let folder = TemporaryFolder()
        let path = folder.write("libfake.so", "not an ELF file")
        #expect(message(path).hasPrefix("cannot load library '\(path)': "))
    }
}
