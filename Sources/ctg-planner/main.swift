print("ctg-planner: not ready yet")
