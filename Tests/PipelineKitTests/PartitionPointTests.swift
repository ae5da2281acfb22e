import Testing
import PipelineKit

@Test("partitionPoint finds the first element that fails the predicate, at either end too")
func partitionPointFindsFirstFailing() {
    let ends = [3, 7, 7, 12, 20]
    #expect(ends.partitionPoint { $0 <= 7 } == 3)
    #expect(ends.partitionPoint { $0 < 7 } == 1)
    #expect(ends.partitionPoint { $0 < 0 } == 0)
    #expect(ends.partitionPoint { $0 < 100 } == 5)
    #expect([Int]().partitionPoint { $0 < 1 } == 0)
    #expect(ends[2...].partitionPoint { $0 < 12 } == 3)
}
