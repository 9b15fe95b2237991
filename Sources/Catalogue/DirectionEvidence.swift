/// The direction of a row's neighbours as evidence. Forms group their rows by direction, even when they shuffle
/// the directions and the rows within them (another region's numbered sections): a doubtful row whose nearest
/// used rows above and below both belong to one direction is, if it is a criterion at all, one of that direction.
/// `NeighbourEvidence` then confirms its best free candidate when it is of that direction, close enough and well
/// ahead of the direction's other criteria. Unlike `OrderEvidence`, it needs no order of the catalogue.
enum DirectionEvidence {
    static func confirm(_ rows: [RowEvidence], _ out: inout [Resolution], resolver: CriterionResolver) {
        let catalogue = resolver.catalogue
        NeighbourEvidence.confirm(rows, &out, resolver: resolver) { used in
            let placed = used.compactMap { u in catalogue.criterion(u.id).map { (row: u.row, direction: $0.direction) }
            }
            return { r in
                guard let above = placed.last(where: { $0.row < r }), let below = placed.first(where: { $0.row > r }),
                    above.direction == below.direction
                else { return nil }
                return { id in catalogue.criterion(id)?.direction == above.direction }
            }
        }
    }
}
