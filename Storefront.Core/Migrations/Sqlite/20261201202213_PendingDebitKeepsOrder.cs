using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Storefront.Core.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PendingDebitKeepsOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_CartId_Open",
                table: "Orders");

            migrationBuilder.AddColumn<DateTime>(
                name: "CheckoutCompletedAt",
                table: "Orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CartId_Open",
                table: "Orders",
                column: "CartId",
                unique: true,
                filter: "\"Status\" IN ('Created', 'AwaitingPayment', 'PaymentFailed') AND \"CheckoutCompletedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_CartId_Open",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "CheckoutCompletedAt",
                table: "Orders");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CartId_Open",
                table: "Orders",
                column: "CartId",
                unique: true,
                filter: "\"Status\" IN ('Created', 'AwaitingPayment', 'PaymentFailed')");
        }
    }
}
