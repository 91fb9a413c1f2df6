import unittest

from events import Emitter


class EmitterTest(unittest.TestCase):
    def test_order_and_arguments(self):
        e = Emitter()
        got = []
        e.on("saved", lambda name: got.append(("a", name)))
        e.on("saved", lambda name: got.append(("b", name)))
        self.assertEqual(e.emit("saved", "notes.txt"), 2)
        self.assertEqual(got, [("a", "notes.txt"), ("b", "notes.txt")])

    def test_nobody_listening(self):
        self.assertEqual(Emitter().emit("nothing"), 0)

    def test_unsubscribe(self):
        e = Emitter()
        got = []
        off = e.on("tick", lambda: got.append(1))
        off()
        self.assertEqual(e.emit("tick"), 0)
        self.assertEqual(got, [])

    def test_unsubscribe_while_running(self):
        e = Emitter()
        got = []
        off = None

        def once():
            got.append("once")
            off()

        off = e.on("go", once)
        e.on("go", lambda: got.append("always"))
        e.emit("go")
        e.emit("go")
        self.assertEqual(got, ["once", "always", "always"])


if __name__ == "__main__":
    unittest.main()
