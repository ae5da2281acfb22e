/// The stages a pipeline file may name, built from an explicit list of descriptors.
///
/// There is no global registry: `PipeBuiltins` lists the built-in stages, and a caller may add
/// its own descriptors (`StageRegistry(PipeBuiltins.stages + [MyStage.descriptor])`).
public struct StageRegistry: Sendable {
    /// The descriptors, in the order given.
    public let descriptors: [StageDescriptor]

    /// Creates a registry; later descriptors with an already used name are ignored.
    public init(_ descriptors: [StageDescriptor]) {
        var seen = Set<String>()
        self.descriptors = descriptors.filter { seen.insert($0.name).inserted }
    }

    /// The descriptor named `name`.
    public func descriptor(named name: String) -> StageDescriptor? {
        descriptors.first { $0.name == name }
    }

    /// The registered name nearest to a misspelt `name`.
    public func suggestion(for name: String) -> String? {
        NameSuggester.suggest(name, among: descriptors.map(\.name))
    }

    /// A registry with more descriptors added.
    public func adding(_ more: [StageDescriptor]) -> StageRegistry {
        StageRegistry(descriptors + more)
    }
}
