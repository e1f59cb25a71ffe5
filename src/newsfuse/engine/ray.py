"""The Ray engine: each item of a map becomes one Ray task, on a local Ray cluster or a remote one.

Ray is imported on first use. Workers are long-lived processes (`max_calls=0`), so the models the
annotators cache at module level load once per worker, not once per task. Every node of a remote
cluster needs newsfuse (and its models) installed in the Python that runs the workers; see docs/scale.md.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from ..errors import EngineError

T = TypeVar("T")
R = TypeVar("R")

LOCAL_HOST = "127.0.0.1"  # a local cluster listens on loopback only: nothing outside this machine can join it


CONNECT_TIMEOUT_S = 5  # Ray itself retries a dead address for minutes; a closed port should fail at once


def _check_reachable(address: str) -> None:
    """Fail fast with EngineError when nothing listens at a `host:port` or `ray://host:port` address."""
    host, sep, port = address.removeprefix("ray://").rpartition(":")
    if not sep or not port.isdigit():
        return  # "auto" and other forms Ray resolves itself
    try:
        socket.create_connection((host, int(port)), timeout=CONNECT_TIMEOUT_S).close()
    except OSError as ex:
        raise EngineError(
            f"cannot start Ray on {address}: nothing answers there ({ex}). Start the cluster with "
            "`ray start --head` and pass the address it prints, or use --engine local."
        ) from ex


def _call(fn: Callable[[T], R], item: T) -> R:
    """Run one item in a worker (the body of the Ray task)."""
    return fn(item)


class RayExecutor:
    """Runs each item as a Ray task on the cluster at `address`, or on a local cluster started here."""

    def __init__(self, address: str | None = None, num_cpus: int | None = None) -> None:
        self.address = address
        self.num_cpus = num_cpus
        self._task: Any = None

    def _start(self) -> Any:
        """Import Ray, join or start the cluster, and define the task (once per process)."""
        if self._task is not None:
            return self._task
        try:
            import ray
        except ImportError as ex:
            raise EngineError("Ray is not installed: run `pip install 'newsfuse[ray]'`, or use --engine local.") from ex
        if not ray.is_initialized():
            if self.address is not None:
                _check_reachable(self.address)
            options: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False, "configure_logging": False}
            if self.address is None:
                options.update(num_cpus=self.num_cpus, _node_ip_address=LOCAL_HOST)
            try:
                ray.init(address=self.address, **options)
            except Exception as ex:  # Ray raises ConnectionError, RuntimeError, ValueError … when it cannot start
                where = self.address or "a local cluster"
                raise EngineError(
                    f"cannot start Ray on {where}: {ex}. Check the address (`ray start --head` prints it) or use --engine local."
                ) from ex
        self._task = ray.remote(max_calls=0)(_call)
        return self._task

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        """fn(item) for every item, each a Ray task started now; results in order, each as soon as it is done."""
        if not items:
            return iter(())
        task = self._start()
        return self._results(fn, [task.remote(fn, item) for item in items])

    @staticmethod
    def _results(fn: Callable[[T], R], refs: list[Any]) -> Iterator[R]:
        import ray
        from ray.exceptions import RayError, RayTaskError

        for ref in refs:
            try:
                yield ray.get(ref)
            except RayTaskError as ex:  # the task itself raised: re-raise what it raised
                raise ex.as_instanceof_cause() from None  # type: ignore[no-untyped-call]
            except RayError as ex:  # a worker or node died, the object was lost, …
                raise EngineError(f"Ray could not run {getattr(fn, '__name__', fn)!r}: {ex}") from ex

    def close(self) -> None:
        """Disconnect from the cluster (and stop it, when it is the local one started here)."""
        if self._task is not None:
            import ray

            ray.shutdown()
            self._task = None
