/// Rows are grouped by direction in nearly every layout, whatever order the groups and the rows in them take:
/// a doubtful row whose nearest used neighbours above and below both belong to one direction is of that
/// direction (see `NeighbourEvidence` for how it confirms).
enum DirectionEvidence {
    static func confirm(_ rows: [RowEvidence], _ out: inout [Resolution], resolver: CriterionResolver) {
        let catalogue = resolver.catalogue
        func direction(_ id: String) -> Int? { catalogue.criterion(id)?.direction }
        NeighbourEvidence.confirm(rows, &out, resolver: resolver) { used in
            { r in
                guard let above = used.last(where: { $0.row < r }), let below = used.first(where: { $0.row > r }),
                      let d = direction(above.id), direction(below.id) == d else { return nil }
                return { direction($0) == d }
            }
        }
    }
}
