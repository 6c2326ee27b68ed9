using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Storefront.Core.Admin.Totals;
using Storefront.Core.Data;

#nullable disable

namespace Storefront.Core.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AdminAtScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_PaidAt_Currency_Total_AmountRefunded",
                table: "Orders");

            migrationBuilder.CreateTable(
                name: "OrderDailyTotals",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Orders = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidRevenue = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderDailyTotals", x => new { x.Day, x.Currency, x.Status });
                });

            // The orders placed before the table existed, counted once; from here on every save moves the totals.
            migrationBuilder.Sql(OrderDailyTotalsRecount.Sql(DatabaseProvider.Sqlite));

            migrationBuilder.CreateIndex(
                name: "IX_Orders_Status_Total_CreatedAt_Id",
                table: "Orders",
                columns: new[] { "Status", "Total", "CreatedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OrderDailyTotals");

            migrationBuilder.DropIndex(
                name: "IX_Orders_Status_Total_CreatedAt_Id",
                table: "Orders");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_PaidAt_Currency_Total_AmountRefunded",
                table: "Orders",
                columns: new[] { "PaidAt", "Currency", "Total", "AmountRefunded" });
        }
    }
}
