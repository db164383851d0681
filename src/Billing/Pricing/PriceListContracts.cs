using Billing.Domain;
using Billing.Runs;

namespace Billing.Pricing;

internal sealed record PriceTierRequest(int From, int? To, decimal AnnualFee);

internal sealed record PriceListRequest(int EffectiveYear, IReadOnlyList<PriceTierRequest>? Tiers);

internal sealed record PriceTierResponse(int Number, string Name, int From, int? To, decimal AnnualFee);

internal sealed record PriceListVersionResponse(int EffectiveYear, IReadOnlyList<PriceTierResponse> Tiers);
