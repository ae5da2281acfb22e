extension RandomAccessCollection {
    /// The first index whose element fails `belongsBefore`, for a collection in which every element
    /// that satisfies it comes before every element that does not (a binary search; `endIndex` when
    /// all satisfy it). E.g. the first sentence ending after a position: `sentences.partitionPoint
    /// { $0.end <= position }`.
    public func partitionPoint(where belongsBefore: (Element) throws -> Bool) rethrows -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let mid = index(low, offsetBy: half)
            if try belongsBefore(self[mid]) {
                low = index(after: mid)
                count -= half + 1
            } else {
                count = half
            }
        }
        return low
    }
}
