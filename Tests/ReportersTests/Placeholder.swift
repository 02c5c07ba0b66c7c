import Testing

@Test func placeholderReporters() {}
