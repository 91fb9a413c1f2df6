class PluginMeta(type):
    registry = {}

    def __new__(mcls, name, bases, namespace):
        cls = super().__new__(mcls, name, bases, namespace)
        plugin_name = namespace.get("name")
        if bases and plugin_name:
            if plugin_name in mcls.registry:
                raise TypeError(f"a plugin named {plugin_name!r} exists already")
            mcls.registry[plugin_name] = cls
        return cls


class Plugin(metaclass=PluginMeta):
    pass
