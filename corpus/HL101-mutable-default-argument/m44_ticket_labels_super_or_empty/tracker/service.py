from .models import Ticket


def open_ticket(title, reporter):
    ticket = Ticket(title.strip())
    ticket.add_label("reporter:" + reporter)
    if "jam" in title.lower():
        ticket.add_label("hardware")
    return ticket.summary()
