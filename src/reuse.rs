//! Connection reuse for the HTTP client the crate builds.
//!
//! hyper (under reqwest) puts a connection back in its pool from a task of its own, after the
//! answer on it has been read. A call that starts in between finds the pool empty; hyper then
//! starts a connect and races it against the pool, and when the pool wins, it finishes the
//! connect anyway and pools the result. Under steady load the pool so settles near twice the
//! calls in flight: one more TCP (and TLS) handshake and one more server socket for each extra.
//!
//! The [`Gate`] sits in the client's connector. It holds a connect back while an HTTP/1
//! connection whose answer was just read is on its way back, for at most [`GRACE`], and drops
//! it once the call that asked for it has been sent on a pooled connection. It learns which call
//! asked from a task-local value set around `execute`: hyper calls the connector while it polls
//! that call's future. Connects beyond the connections on their way back go ahead at once.
//!
//! Yielding before each call would let the hand-back run first and spare most held connects,
//! but it costs three system calls per call on a current-thread runtime (measured with
//! `strace -c`); a held connect costs none. An origin whose server closes connections without
//! `connection: close` would make connects wait for nothing, so the first wait that runs out
//! turns the gate off for that origin for [`DISTRUST`].

use std::collections::{BTreeSet, VecDeque};
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http_body::{Body as HttpBody, Frame, SizeHint};
use reqwest::header::CONNECTION;
use reqwest::{Body, Request, Response};
use tokio::sync::Notify;
use tokio::time::Instant;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// How long a connection counts as on its way back to the pool after its answer was read. The
/// hand-back takes microseconds on an idle machine but can take tens of milliseconds on a busy
/// one: at 20 ms the load test (32 calls in flight on two cores) still opened one to four extra
/// connections; at 100 ms none, also with both cores kept busy. It bounds the wait of a connect
/// that was needed after all, because the connection was closed instead.
pub(crate) const GRACE: Duration = Duration::from_millis(100);

/// How long an origin goes ungated after a connect had to wait out [`GRACE`]: its server closes
/// connections after answering without saying so, and holding connects back would only delay
/// every call.
const DISTRUST: Duration = Duration::from_secs(60);

tokio::task_local! {
    static CALL: Arc<Call>;
}

/// Which connects to hold back, per origin; shared by the connector layer and the transport.
#[derive(Debug)]
pub(crate) struct Gate {
    /// One entry per origin the client has talked to, kept for the client's life: a client
    /// talks to a handful, and a scan of a few short strings is cheaper than hashing.
    origins: Mutex<Vec<(String, Origin)>>,
    changed: Notify,
}

#[derive(Debug, Default)]
struct Origin {
    /// When each answer whose connection is on its way back was read, oldest first.
    returning: VecDeque<Instant>,
    /// The calls whose connect is held, in the order they asked.
    held: BTreeSet<u64>,
    next_ticket: u64,
    /// Connects go ahead at once until then.
    ungated_until: Option<Instant>,
}

impl Origin {
    /// Forgets the connections whose answer was read [`GRACE`] or more before `now`; returns
    /// how many.
    fn forget_overdue(&mut self, now: Instant) -> usize {
        let before = self.returning.len();
        while self
            .returning
            .front()
            .is_some_and(|read| now.saturating_duration_since(*read) >= GRACE)
        {
            self.returning.pop_front();
        }
        before - self.returning.len()
    }

    fn is_gated(&self, now: Instant) -> bool {
        self.ungated_until.is_none_or(|until| now >= until)
    }
}

/// One attempt of one request, as the gate sees it.
#[derive(Debug)]
struct Call {
    gate: Arc<Gate>,
    origin: String,
    /// hyper has started writing the request on a connection.
    sent: AtomicBool,
    /// This call's connect went ahead, so the connection it was sent on is probably new.
    connected: AtomicBool,
    /// The ticket of this call's held connect; 0 for none.
    ticket: AtomicU64,
}

enum Admission {
    Connect,
    NotNeeded,
    WaitUntil(Instant),
}

impl Gate {
    pub(crate) fn new() -> Arc<Self> {
        Arc::new(Gate {
            origins: Mutex::new(Vec::new()),
            changed: Notify::new(),
        })
    }

    /// The connector layer to install on the client this gate serves.
    pub(crate) fn layer(self: &Arc<Self>) -> GateLayer {
        GateLayer {
            gate: Arc::clone(self),
        }
    }

    fn origins(&self) -> MutexGuard<'_, Vec<(String, Origin)>> {
        // The list holds counters only; a panic elsewhere cannot leave it inconsistent enough to
        // matter, so a poisoned lock is used as it is.
        self.origins.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Runs `f` on the state of `origin`, adding it if it is new.
    fn with_origin<T>(&self, origin: &str, f: impl FnOnce(&mut Origin) -> T) -> T {
        let mut origins = self.origins();
        let index = match origins.iter().position(|(name, _)| name == origin) {
            Some(index) => index,
            None => {
                origins.push((origin.to_owned(), Origin::default()));
                origins.len() - 1
            }
        };
        f(&mut origins[index].1)
    }

    /// Sends `request` through `http` with the gate watching: the connector can tell which call
    /// it connects for, and the answer's end marks its connection as on its way back.
    pub(crate) async fn execute(
        self: &Arc<Self>,
        http: &reqwest::Client,
        mut request: Request,
    ) -> reqwest::Result<Response> {
        let call = Arc::new(Call {
            gate: Arc::clone(self),
            origin: origin_of(request.url()),
            sent: AtomicBool::new(false),
            connected: AtomicBool::new(false),
            ticket: AtomicU64::new(0),
        });
        let body = request
            .body_mut()
            .take()
            .unwrap_or_else(|| Body::from(Bytes::new()));
        *request.body_mut() = Some(Body::wrap(Outgoing {
            inner: body,
            call: Arc::clone(&call),
        }));
        let response = CALL.scope(Arc::clone(&call), http.execute(request)).await?;
        // Sent, whatever hyper did with the body; also covers a call the gate never saw start.
        call.mark_sent();
        if !goes_back_to_pool(response.version(), response.headers()) {
            return Ok(response);
        }
        Ok(map_body(response, |inner| {
            Body::wrap(Incoming {
                inner,
                on_end: Some(call),
            })
        }))
    }

    /// The answer on a connection of `origin` has been read: hyper is handing it back.
    fn returning(&self, origin: &str) {
        let now = Instant::now();
        self.with_origin(origin, |state| {
            if state.is_gated(now) {
                state.forget_overdue(now);
                state.returning.push_back(now);
            }
        });
    }

    /// Decides on a held connect, taking it out of the held set unless it must wait on.
    /// `waited` says whether it has waited already.
    fn admit(&self, call: &Call, ticket: u64, waited: bool) -> Admission {
        let now = Instant::now();
        self.with_origin(&call.origin, |state| {
            if call.sent.load(Ordering::SeqCst) {
                // Sent on a pooled connection while its connect was being set up; `mark_sent`
                // has taken that connection off the count.
                state.held.remove(&ticket);
                return Admission::NotNeeded;
            }
            let overdue = state.forget_overdue(now);
            if waited && overdue > 0 {
                // A connection this connect waited for did not come back in time.
                state.returning.clear();
                state.ungated_until = Some(now + DISTRUST);
            }
            let ahead = state.held.range(..ticket).count();
            if state.is_gated(now) && ahead < state.returning.len() {
                return Admission::WaitUntil(state.returning[0] + GRACE);
            }
            state.held.remove(&ticket);
            call.connected.store(true, Ordering::SeqCst);
            Admission::Connect
        })
    }

    /// Waits until `call` needs a connection of its own; `Err` when it no longer needs one.
    async fn hold(&self, call: &Call) -> Result<(), BoxError> {
        let ticket = self.with_origin(&call.origin, |state| {
            state.next_ticket += 1;
            state.held.insert(state.next_ticket);
            state.next_ticket
        });
        call.ticket.store(ticket, Ordering::SeqCst);
        let _held = Held {
            gate: self,
            origin: &call.origin,
            ticket,
        };
        let mut waited = false;
        loop {
            let changed = self.changed.notified();
            tokio::pin!(changed);
            changed.as_mut().enable();
            match self.admit(call, ticket, waited) {
                Admission::Connect => return Ok(()),
                Admission::NotNeeded => {
                    return Err("the call was sent on a pooled connection; connect dropped".into());
                }
                Admission::WaitUntil(deadline) => {
                    // Woken early or not, the loop decides afresh.
                    let _ = tokio::time::timeout_at(deadline, &mut changed).await;
                    waited = true;
                }
            }
        }
    }
}

impl Call {
    /// hyper took the request for a connection: one connection on its way back is taken, unless
    /// the connection is the one this call's own connect made.
    fn mark_sent(&self) {
        if self.sent.swap(true, Ordering::SeqCst) {
            return;
        }
        let ticket = self.ticket.load(Ordering::SeqCst);
        let was_held = self.gate.with_origin(&self.origin, |state| {
            if !self.connected.load(Ordering::SeqCst) {
                state.returning.pop_front();
            }
            ticket != 0 && state.held.remove(&ticket)
        });
        if was_held {
            self.gate.changed.notify_waiters();
        }
    }
}

/// Takes a cancelled held connect out of the held set, so the ones behind it move up.
struct Held<'a> {
    gate: &'a Gate,
    origin: &'a str,
    ticket: u64,
}

impl Drop for Held<'_> {
    fn drop(&mut self) {
        let removed = self
            .gate
            .with_origin(self.origin, |state| state.held.remove(&self.ticket));
        if removed {
            self.gate.changed.notify_waiters();
        }
    }
}

/// Whether hyper pools the connection an answer came on once it is read: HTTP/2 shares one
/// connection, and an HTTP/1.0 one or one that says `close` is closed.
fn goes_back_to_pool(version: http::Version, headers: &reqwest::header::HeaderMap) -> bool {
    version == http::Version::HTTP_11
        && !headers
            .get_all(CONNECTION)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .any(|token| token.trim().eq_ignore_ascii_case("close"))
}

/// The pool's key for `url`: scheme, host and port, as written in the URL; never its
/// credentials, since the gate's `Debug` shows its keys.
fn origin_of(url: &url::Url) -> String {
    use url::Position;

    let scheme = &url[..Position::BeforeUsername];
    let host = &url[Position::BeforeHost..Position::BeforePath];
    let mut origin = String::with_capacity(scheme.len() + host.len());
    origin.push_str(scheme);
    origin.push_str(host);
    origin
}

/// Rebuilds `response` around a new body, keeping its status, headers, extensions and URL.
fn map_body(response: Response, body: impl FnOnce(Body) -> Body) -> Response {
    use reqwest::ResponseBuilderExt;

    let url = response.url().clone();
    let (mut parts, inner) = http::Response::<Body>::from(response).into_parts();
    // reqwest keeps the URL in an extension only its own builder can set.
    if let Ok(marker) = http::Response::builder().url(url).body(()) {
        parts.extensions.extend(marker.into_parts().0.extensions);
    }
    Response::from(http::Response::from_parts(parts, body(inner)))
}

/// A request body that tells the gate when hyper starts writing the request: hyper asks whether
/// the body is empty only once it has a connection for it.
struct Outgoing {
    inner: Body,
    call: Arc<Call>,
}

impl HttpBody for Outgoing {
    type Data = Bytes;
    type Error = reqwest::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, reqwest::Error>>> {
        self.call.mark_sent();
        Pin::new(&mut self.inner).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.call.mark_sent();
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// An answer body that tells the gate when it has been read to the end.
struct Incoming {
    inner: Body,
    /// The call the answer is for, until its end is reported.
    on_end: Option<Arc<Call>>,
}

impl Incoming {
    fn ended(&mut self) {
        if let Some(call) = self.on_end.take() {
            call.gate.returning(&call.origin);
        }
    }
}

impl HttpBody for Incoming {
    type Data = Bytes;
    type Error = reqwest::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, reqwest::Error>>> {
        let polled = Pin::new(&mut self.inner).poll_frame(cx);
        match &polled {
            Poll::Ready(None) => self.ended(),
            Poll::Ready(Some(Ok(_))) if self.inner.is_end_stream() => self.ended(),
            // An error leaves the connection closed, not pooled.
            Poll::Ready(Some(Err(_))) => self.on_end = None,
            _ => {}
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// The connector layer: see the module's documentation.
#[derive(Debug, Clone)]
pub(crate) struct GateLayer {
    gate: Arc<Gate>,
}

impl<S> tower_layer::Layer<S> for GateLayer {
    type Service = GateService<S>;

    fn layer(&self, inner: S) -> GateService<S> {
        GateService {
            inner,
            gate: Arc::clone(&self.gate),
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct GateService<S> {
    inner: S,
    gate: Arc<Gate>,
}

impl<S, R> tower_service::Service<R> for GateService<S>
where
    S: tower_service::Service<R, Error = BoxError> + Clone + Send + 'static,
    S::Future: Send + 'static,
    R: Send + 'static,
{
    type Response = S::Response;
    type Error = BoxError;
    type Future = Pin<Box<dyn Future<Output = Result<S::Response, BoxError>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, target: R) -> Self::Future {
        // The clone is the one not yet polled ready; the ready one makes this call.
        let ready = self.inner.clone();
        let mut inner = std::mem::replace(&mut self.inner, ready);
        // A call from elsewhere (the JWT verifier's key-set fetch) connects as it asked.
        let call = CALL.try_with(Arc::clone).ok();
        let gate = Arc::clone(&self.gate);
        Box::pin(async move {
            if let Some(call) = call {
                gate.hold(&call).await?;
            }
            inner.call(target).await
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORIGIN: &str = "http://127.0.0.1:3000";

    /// No connect is held and no connection is counted as on its way back.
    fn is_settled(gate: &Gate) -> bool {
        gate.origins()
            .iter()
            .all(|(_, state)| state.held.is_empty() && state.returning.is_empty())
    }

    fn call(gate: &Arc<Gate>) -> Arc<Call> {
        Arc::new(Call {
            gate: Arc::clone(gate),
            origin: ORIGIN.into(),
            sent: AtomicBool::new(false),
            connected: AtomicBool::new(false),
            ticket: AtomicU64::new(0),
        })
    }

    fn spawn_hold(gate: &Arc<Gate>, call: &Arc<Call>) -> tokio::task::JoinHandle<bool> {
        let gate = Arc::clone(gate);
        let call = Arc::clone(call);
        tokio::spawn(async move { gate.hold(&call).await.is_ok() })
    }

    async fn settle() {
        for _ in 0..10 {
            tokio::task::yield_now().await;
        }
    }

    /// Whether, with one more connection on its way back, a new call's connect waits for it.
    async fn next_connect_waits(gate: &Arc<Gate>) -> bool {
        gate.returning(ORIGIN);
        let held = start_hold(gate).await;
        let waits = !held.is_finished();
        held.abort();
        waits
    }

    /// Starts holding a connect for a new call and lets it run as far as it goes at once.
    async fn start_hold(gate: &Arc<Gate>) -> tokio::task::JoinHandle<bool> {
        let held = spawn_hold(gate, &call(gate));
        settle().await;
        held
    }

    #[tokio::test(start_paused = true)]
    async fn connects_at_once_when_nothing_is_on_its_way_back() {
        let gate = Gate::new();
        let held = start_hold(&gate).await;
        assert!(
            held.is_finished(),
            "the connect waited with nothing to wait for"
        );
        assert!(held.await.unwrap());
        assert!(is_settled(&gate), "state left behind");
    }

    #[tokio::test(start_paused = true)]
    async fn a_call_sent_on_the_returning_connection_drops_its_connect() {
        let gate = Gate::new();
        gate.returning(ORIGIN);
        let waiting = call(&gate);
        let held = spawn_hold(&gate, &waiting);
        settle().await;
        assert!(
            !held.is_finished(),
            "the connect went ahead of the returning connection"
        );
        waiting.mark_sent();
        settle().await;
        assert!(held.is_finished());
        assert!(!held.await.unwrap(), "the connect was not dropped");
        assert!(is_settled(&gate), "state left behind");
    }

    #[tokio::test(start_paused = true)]
    async fn a_connection_that_never_returns_delays_a_connect_by_the_grace_only() {
        let gate = Gate::new();
        gate.returning(ORIGIN);
        let started = Instant::now();
        let held = spawn_hold(&gate, &call(&gate));
        assert!(
            held.await.unwrap(),
            "the connect was dropped for a call never sent"
        );
        assert_eq!(started.elapsed(), GRACE);
    }

    #[tokio::test(start_paused = true)]
    async fn only_as_many_connects_wait_as_connections_are_returning() {
        let gate = Gate::new();
        gate.returning(ORIGIN);
        let first = call(&gate);
        let first_held = spawn_hold(&gate, &first);
        settle().await;
        let second_held = start_hold(&gate).await;
        assert!(!first_held.is_finished(), "the first connect did not wait");
        assert!(
            second_held.is_finished(),
            "the second connect waited though one connection is returning"
        );
        first.mark_sent();
        assert!(!first_held.await.unwrap());
    }

    #[tokio::test(start_paused = true)]
    async fn a_cancelled_connect_lets_the_next_one_wait_in_its_place() {
        let gate = Gate::new();
        gate.returning(ORIGIN);
        let first_held = start_hold(&gate).await;
        let second = call(&gate);
        let second_held = spawn_hold(&gate, &second);
        settle().await;
        assert!(second_held.is_finished());
        first_held.abort();
        settle().await;
        // With the first gone, a third in the same position now waits for the returning one.
        let third_held = start_hold(&gate).await;
        assert!(!third_held.is_finished());
        tokio::time::advance(GRACE).await;
        assert!(third_held.await.unwrap());
    }

    #[tokio::test(start_paused = true)]
    async fn a_call_on_its_own_new_connection_leaves_the_returning_count_alone() {
        let gate = Gate::new();
        let own = call(&gate);
        assert!(spawn_hold(&gate, &own).await.unwrap());
        gate.returning(ORIGIN);
        own.mark_sent();
        assert!(
            !start_hold(&gate).await.is_finished(),
            "the returning connection was counted as taken by a call on a new connection"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn an_origin_whose_connections_do_not_come_back_goes_ungated() {
        let gate = Gate::new();
        gate.returning(ORIGIN);
        let started = Instant::now();
        assert!(spawn_hold(&gate, &call(&gate)).await.unwrap());
        assert_eq!(started.elapsed(), GRACE);
        assert!(
            !next_connect_waits(&gate).await,
            "a connect waited again for an origin that does not hand connections back"
        );
        tokio::time::advance(DISTRUST).await;
        assert!(
            next_connect_waits(&gate).await,
            "the origin stayed ungated for good"
        );
    }

    #[test]
    fn only_http_1_1_connections_not_closing_go_back_to_the_pool() {
        use http::Version;
        use reqwest::header::{HeaderMap, HeaderValue};

        let with = |value: &'static str| {
            let mut headers = HeaderMap::new();
            headers.insert(CONNECTION, HeaderValue::from_static(value));
            headers
        };
        assert!(goes_back_to_pool(Version::HTTP_11, &HeaderMap::new()));
        assert!(goes_back_to_pool(Version::HTTP_11, &with("keep-alive")));
        assert!(!goes_back_to_pool(Version::HTTP_11, &with("Close")));
        assert!(!goes_back_to_pool(
            Version::HTTP_11,
            &with("keep-alive, close")
        ));
        assert!(!goes_back_to_pool(Version::HTTP_10, &HeaderMap::new()));
        assert!(!goes_back_to_pool(Version::HTTP_2, &HeaderMap::new()));
    }

    #[test]
    fn an_origin_key_has_no_credentials_or_path() {
        let url = url::Url::parse("https://user:secret@auth.example:8443/neondb/auth?x=1").unwrap();
        assert_eq!(origin_of(&url), "https://auth.example:8443");
        let url = url::Url::parse("http://127.0.0.1:3000/neondb/auth/get-session").unwrap();
        assert_eq!(origin_of(&url), ORIGIN);
    }

    #[tokio::test(start_paused = true)]
    async fn origins_are_counted_apart() {
        let gate = Gate::new();
        gate.returning("https://other.example");
        assert!(spawn_hold(&gate, &call(&gate)).await.unwrap());
        let origins = gate.origins();
        let returning: Vec<_> = origins
            .iter()
            .map(|(name, state)| (name.as_str(), state.returning.len()))
            .collect();
        assert_eq!(returning, [("https://other.example", 1), (ORIGIN, 0)]);
    }
}
