"""Server: the application's broker and the per-connection entry point."""
import pubsub
from subscribers import websocket

BROKER = pubsub.Broker("chat")


def serve(conn_id, frames):
    try:
        return websocket.handle_connection(BROKER, conn_id, frames)
    except ValueError:
        return -1  # a bad client: drop the connection, keep serving the others
