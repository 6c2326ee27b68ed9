using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Storefront.Core.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Workers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ParkedAt",
                table: "ProcessedWebhookEvents",
                type: "timestamp with time zone",
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
                name: "IX_Orders_Status_ReconcileAt",
                table: "Orders",
                columns: new[] { "Status", "ReconcileAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_Status_ReconcileAt",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ParkedAt",
                table: "ProcessedWebhookEvents");

            migrationBuilder.DropColumn(
                name: "ReconcileAt",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ReconcileChecks",
                table: "Orders");
        }
    }
}
