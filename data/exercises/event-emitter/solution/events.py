from collections import defaultdict


class Emitter:
    def __init__(self):
        self._handlers = defaultdict(list)

    def on(self, event, handler):
        self._handlers[event].append(handler)

        def off():
            if handler in self._handlers[event]:
                self._handlers[event].remove(handler)

        return off

    def emit(self, event, *args):
        handlers = list(self._handlers.get(event, []))
        for handler in handlers:
            handler(*args)
        return len(handlers)
