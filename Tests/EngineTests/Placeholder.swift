import Testing

@Test func placeholderEngine() {}
