"""Application entry point for the weather widget."""
import m130_wx_formatting as fmt
import m130_wx_geo as geo
import m130_wx_service as service


def report(raw_name, seq):
    city = geo.city_from_name(raw_name)
    reading = service.current(city, seq)
    return fmt.render(city, reading)
