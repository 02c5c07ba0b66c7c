C = 299792458.0


def doppler_radio(rest_hz):
    """Radio-convention Doppler shift between frequency and line-of-sight speed."""

    def to_speed(freq_hz):
        return C * (rest_hz - freq_hz) / rest_hz

    def to_frequency(speed):
        return rest_hz * (1 - speed / C)

    return [("frequency", "speed", to_speed, to_frequency)]
