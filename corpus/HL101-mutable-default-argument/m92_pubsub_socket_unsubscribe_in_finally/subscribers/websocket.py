"""WebSocket handler: one subscriber per connection, for the shared and the user's topic."""
from pubsub import Subscriber


class SocketSubscriber(Subscriber):
    def __init__(self, broker, conn_id, topics):
        super().__init__(broker, topics)
        self.conn_id = conn_id

    def on_message(self, topic, message):
        super().on_message(topic, f"{self.conn_id}:{message}")


def handle_connection(broker, conn_id, frames):
    sub = SocketSubscriber(broker, conn_id, ["orders", f"user.{conn_id}"])
    try:
        for topic, payload in frames:
            if not topic:
                raise ValueError(f"malformed frame from {conn_id}")
            broker.publish(topic, payload)
        return len(sub.inbox)
    finally:
        sub.close()
