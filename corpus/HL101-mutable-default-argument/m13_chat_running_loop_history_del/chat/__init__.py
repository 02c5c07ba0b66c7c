"""Chat server: messages are handled on the event loop; hooks run right after."""
