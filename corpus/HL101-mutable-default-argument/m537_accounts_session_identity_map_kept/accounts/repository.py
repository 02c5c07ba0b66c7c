from .orm.session import Session


class User:
    def __init__(self, email, name):
        self.key = f"user:{email}"
        self.email = email
        self.name = name


class UserRepository:
    def save(self, user, session=Session()):  # expect: HL101 confirmed
        session.add(user)
        return session.commit()
