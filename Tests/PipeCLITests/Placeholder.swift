import Testing
import PipeBuiltins

@Test("built-in stages have distinct names")
func distinctNames() {
    let names = BuiltinStages.descriptors.map(\.name)
    #expect(Set(names).count == names.count)
}
