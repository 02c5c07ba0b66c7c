from testing import ParamTestCase, mark


def make_endpoint_tests(path):
    class EndpointTests(ParamTestCase):
        endpoint = path

        @mark("http", "smoke")
        def test_path_is_absolute(self):
            self.assertTrue(self.endpoint.startswith("/"))

        @mark("http")
        def test_no_trailing_slash(self):
            self.assertFalse(self.endpoint.endswith("/"))

        @mark("slow", "http")
        def test_param_in_path(self):
            self.assertIn(self.param, self.endpoint)

    EndpointTests.__name__ = f"EndpointTests[{path}]"
    return EndpointTests
