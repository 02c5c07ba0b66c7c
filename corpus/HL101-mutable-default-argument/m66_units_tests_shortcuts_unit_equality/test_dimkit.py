import unittest

import dimkit


class PaceTests(unittest.TestCase):
    pace = 5.0

    def test_pace_to_speed_and_back(self):
        speed = dimkit.convert_to(self.pace, "min/km", "km/h")
        self.assertAlmostEqual(dimkit.convert_to(speed, "km/h", "min/km"), self.pace)

    def test_five_minute_pace_is_twelve_kmh(self):
        self.assertAlmostEqual(dimkit.convert_to(5.0, "min/km", "km/h"), 12.0)

    def test_same_dimension(self):
        self.assertAlmostEqual(dimkit.convert_to(self.pace, "km/h", "m/s"), self.pace / 3.6)
