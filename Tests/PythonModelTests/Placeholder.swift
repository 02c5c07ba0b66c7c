import Testing

@Test func placeholderPythonModel() {}
