using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Storefront.Core.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Hardening : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_CartId_Open",
                table: "Orders");

            migrationBuilder.AddColumn<DateTime>(
                name: "ParkedAt",
                table: "ProcessedWebhookEvents",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CheckoutCompletedAt",
                table: "Orders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClientAddress",
                table: "Orders",
                type: "character varying(45)",
                maxLength: 45,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReconcileAt",
                table: "Orders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReconcileChecks",
                table: "Orders",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CartId_Open",
                table: "Orders",
                column: "CartId",
                unique: true,
                filter: "\"Status\" IN ('Created', 'AwaitingPayment', 'PaymentFailed') AND \"CheckoutCompletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_ClientAddress_Status",
                table: "Orders",
                columns: new[] { "ClientAddress", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_Status_ReconcileAt",
                table: "Orders",
                columns: new[] { "Status", "ReconcileAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_CartId_Open",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_ClientAddress_Status",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_Status_ReconcileAt",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ParkedAt",
                table: "ProcessedWebhookEvents");

            migrationBuilder.DropColumn(
                name: "CheckoutCompletedAt",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ClientAddress",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ReconcileAt",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ReconcileChecks",
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
