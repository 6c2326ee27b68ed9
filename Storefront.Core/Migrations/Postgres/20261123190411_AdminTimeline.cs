using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Storefront.Core.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AdminTimeline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_CreatedAt",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_CustomerEmail",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_Status_CreatedAt",
                table: "Orders");

            migrationBuilder.AddColumn<string>(
                name: "NormalizedEmail",
                table: "Orders",
                type: "character varying(320)",
                maxLength: 320,
                nullable: false,
                defaultValue: "",
                collation: "C");

            // Orders placed before this migration become searchable by email too.
            migrationBuilder.Sql("UPDATE \"Orders\" SET \"NormalizedEmail\" = lower(\"CustomerEmail\")");

            migrationBuilder.CreateTable(
                name: "OrderStatusChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    To = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrderStatusChanges_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CreatedAt_Id_Status",
                table: "Orders",
                columns: new[] { "CreatedAt", "Id", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_NormalizedEmail",
                table: "Orders",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_PaidAt_Currency_Total_AmountRefunded",
                table: "Orders",
                columns: new[] { "PaidAt", "Currency", "Total", "AmountRefunded" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_Status_CreatedAt_Id",
                table: "Orders",
                columns: new[] { "Status", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_Total_CreatedAt_Id",
                table: "Orders",
                columns: new[] { "Total", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_OrderStatusChanges_OrderId",
                table: "OrderStatusChanges",
                column: "OrderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OrderStatusChanges");

            migrationBuilder.DropIndex(
                name: "IX_Orders_CreatedAt_Id_Status",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_NormalizedEmail",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_PaidAt_Currency_Total_AmountRefunded",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_Status_CreatedAt_Id",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_Total_CreatedAt_Id",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "NormalizedEmail",
                table: "Orders");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CreatedAt",
                table: "Orders",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CustomerEmail",
                table: "Orders",
                column: "CustomerEmail");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_Status_CreatedAt",
                table: "Orders",
                columns: new[] { "Status", "CreatedAt" });
        }
    }
}
