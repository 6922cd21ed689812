extension ExpandedInstance {
    /// A relaxed problem over the calendar tables of `tables`: the refiner
    /// builds one per probe from meetings and orders it has filtered itself,
    /// so `ModelBuilder` sees an ordinary instance. Soft spacing targets are
    /// left out (probes have no objective).
    package init(
        tables: ExpandedInstance, instance: Instance, meetings: [Meeting], relations: [Relation],
        phaseOrders: [PhaseOrder],
        distinctSiteSeries: [[Int]]
    ) {
        self.instance = instance
        grid = tables.grid
        self.meetings = meetings
        self.relations = relations
        self.phaseOrders = phaseOrders
        spacingTargets = []
        self.distinctSiteSeries = distinctSiteSeries
        partnerUnavailable = tables.partnerUnavailable
        roomUnavailable = tables.roomUnavailable
        closedDates = tables.closedDates
        periods = tables.periods
        meetingIndex = Dictionary(meetings.map { ($0.id, $0.index) }, uniquingKeysWith: { first, _ in first })
        partnerIndex = tables.partnerIndex
        roomIndex = tables.roomIndex
        phaseIndex = tables.phaseIndex
    }
}
