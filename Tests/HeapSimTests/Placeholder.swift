import Testing

@Test func placeholderHeapSim() {}
