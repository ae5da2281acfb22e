import Testing
@testable import PipelineKit

@Suite("stage protocol hello")
struct StageProtocolTests {
    private func hello(optionType: String) throws(StageError) -> StageProtocol.Handshake {
        let line = #"{"type":"hello","name":"s","options":[{"name":"o","type":"\#(optionType)","values":["a"]}]}"#
        return try StageProtocol.handshake(Array(line.utf8))
    }

    @Test("every declared option type name is read as its option type", arguments: [
        ("bool", OptionType.boolean), ("int", .integer()), ("number", .number()), ("string", .string),
        ("string-list", .stringList), ("string-list-map", .stringListMap), ("choice", .choice(["a"])),
        ("path", .path), ("json", .json),
    ])
    func knownTypes(_ name: String, _ type: OptionType) throws {
        #expect(try hello(optionType: name).options.map(\.type) == [type])
    }

    @Test("an unknown option type names every known one")
    func unknownType() {
        let error = #expect(throws: StageError.self) { try hello(optionType: "integer") }
        #expect(error?.message
            == "options[0] ('o') has unknown type 'integer'; use one of bool, int, number, string, string-list, string-list-map, choice, path, json")
    }
}
