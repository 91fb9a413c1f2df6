class PluginMeta(type):
    registry = {}


class Plugin:
    pass
