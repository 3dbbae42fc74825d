using SloCompiler.Explain;

namespace SloCompiler.Tests.Explain;

public class ExplainQuantitiesTests
{
    [Theory]
    [InlineData(2_592_000_000L, "0.001", 43.2, TimeUnit.Minute)] // 30d at 99.9%
    [InlineData(2_592_000_000L, "0.0001", 4.3, TimeUnit.Minute)] // 30d at 99.99%
    [InlineData(2_592_000_000L, "0.01", 7.2, TimeUnit.Hour)] // 30d at 99%
    [InlineData(3_598_000L, "1", 1, TimeUnit.Hour)] // 59.97 minutes rounds up to an hour
    [InlineData(604_800_000L, "0.00001", 6, TimeUnit.Second)] // 7d at 99.999%
    internal void Budget_time_uses_the_largest_unit_with_one_decimal(long periodMs, string budget, double value, TimeUnit unit)
    {
        var amount = ExplainQuantities.Amount(periodMs * decimal.Parse(budget, System.Globalization.CultureInfo.InvariantCulture));

        amount.Should().Be(((decimal)value, unit));
    }

    [Theory]
    [InlineData("0.001", 1000L, 1L)]
    [InlineData("0.0005", 10000L, 5L)]
    [InlineData("0.05", 100L, 5L)]
    [InlineData("0.1", 100L, 10L)]
    public void Out_of_every_picks_the_smallest_power_of_ten(string budget, long total, long allowed)
    {
        ExplainQuantities.OutOfEvery(decimal.Parse(budget, System.Globalization.CultureInfo.InvariantCulture))
            .Should().Be((total, allowed));
    }
}
