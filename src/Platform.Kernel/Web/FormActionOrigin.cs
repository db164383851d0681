namespace Platform.Kernel.Web;

/// <summary>An origin a form of ours may end up at after a redirect (CSP <c>form-action</c>), e.g. Stripe Checkout after
/// "Online betalen": modules register one as a singleton; the host adds them to the policy (an empty origin adds nothing: the
/// feature is off).</summary>
public sealed record FormActionOrigin(string Origin);
