"""Signal dispatch tests: each test connects receivers and undoes the connection with addCleanup."""
import itertools
import json
import unittest

_ids = itertools.count()


def connect(signal, receiver, receivers={}):  # expect: HL101 refuted
    receivers.setdefault(signal, []).append(receiver)
    return receivers


def send(receivers, signal, **payload):
    return [receiver(signal=signal, **payload) for receiver in receivers.get(signal, ())]


class SignalTests(unittest.TestCase):
    def setUp(self):
        self.signal = "post_save.order%d" % next(_ids)

    def listen(self, receiver):
        receivers = connect(self.signal, receiver)
        self.addCleanup(receivers.pop, self.signal, None)
        return receivers

    def test_receiver_gets_payload(self):
        receivers = self.listen(lambda signal, **kw: json.dumps(kw, sort_keys=True))
        replies = send(receivers, self.signal, pk=7, created=True)
        self.assertEqual(replies, ['{"created": true, "pk": 7}'])

    def test_two_receivers_in_order(self):
        self.listen(lambda signal, **kw: "audit")
        receivers = self.listen(lambda signal, **kw: "search-index")
        self.assertEqual(send(receivers, self.signal, pk=1), ["audit", "search-index"])


def scenario():
    result = unittest.TestResult()
    unittest.defaultTestLoader.loadTestsFromTestCase(SignalTests).run(result)
    assert result.wasSuccessful(), result.errors + result.failures
