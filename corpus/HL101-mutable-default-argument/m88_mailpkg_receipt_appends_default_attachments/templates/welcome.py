"""welcome: the mail sent when an account is created (no attachments)."""
import mailpkg


def welcome_mail(customer, name):
    msg = mailpkg.build_message(customer, "Welcome aboard", f"Hello {name}, glad you joined.")
    return mailpkg.render(msg)
